(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-7"]={"p":"hMiKhcMhLiVMhAhahM"};
