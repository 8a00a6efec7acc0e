é = 1
é; return é
